export const HARMLESS: string[] = [];
