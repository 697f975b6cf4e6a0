/**
 * Full references behind the recovery windows, shown on the options page. Each is an entry of the evidence
 * register, docs/sources.md, named by its `ref`; that entry gives the DOI or other identifier and what was
 * checked. Every `sources` entry of DEFAULT_WINDOWS is the `short` of one of these, or starts with
 * "Our inference:" (checked by tests/unit/recovery/windows.test.ts; the refs by tests/unit/sources.test.ts).
 */
export interface SourceRef {
  /** Stable id. */
  id: string;
  /** The docs/sources.md entry id for this reference. */
  ref: string;
  /** The short citation used in DEFAULT_WINDOWS[tier][category].sources. */
  short: string;
  /** Full citation: authors, title, venue, year (or a description for grey literature). */
  full: string;
  year: number | null;
  /** PubMed Central id when known. */
  pmc?: string;
  /** What we take from it. */
  finding: string;
}

export const SOURCES: readonly SourceRef[] = [
  {
    id: 'clinic',
    ref: 'aftercare-clinic-sheets',
    short: 'Clinic aftercare sheets',
    full: 'Microneedling aftercare and pre-treatment instruction sheets of dermatology and aesthetic clinics (grey literature; figures vary between clinics).',
    year: null,
    finding:
      'What to avoid after a session (retinoids, acids, exfoliants, vitamin C, benzoyl peroxide, hydroquinone, alcohol, fragrance, makeup) and for how long: 24 h to 2 weeks; stop retinoids, acids and exfoliants 48 h to 7 days before a session.',
  },
  {
    id: 'qa',
    ref: 'aftercare-dermatologist-qa',
    short: 'Dermatologist Q&A',
    full: 'Consumer question-and-answer pages and articles quoting dermatologists (weak evidence).',
    year: null,
    finding:
      'Ranges for retinoids, acids and scrubs; "avoid anything scented" in the first days; prefer mineral sunscreen filters at first.',
  },
  {
    id: 'kalluri',
    ref: 'microchannel-closure-kalluri-2011',
    short: 'Kalluri et al., AAPS J 2011;13:473',
    full: 'Kalluri H, Kolli CS, Banga AK. Characterization of microchannels created by metal microneedles: formation and closure. AAPS J. 2011;13(3):473-481.',
    year: 2011,
    finding:
      'Hairless rat, DermaRoller: barrier (TEWL) recovered in about 4-5 h at 370 um and 770 um; channels closed by about 12 h at 370 um vs 18 h at 770 um; occlusion delays closure.',
  },
  {
    id: 'sasaki',
    ref: 'tewl-after-microneedling-sasaki-2019',
    short: 'Sasaki, Aesthet Surg J Open Forum 2019',
    full: 'Sasaki GH. The significance of trans-epidermal water loss after microneedling and microneedling-radiofrequency procedures: histological and IRB-approved safety study. Aesthet Surg J Open Forum. 2019;1(3):ojz017.',
    year: 2019,
    pmc: 'PMC7671250',
    finding:
      'Humans: after 0.5 mm, water loss stayed above baseline through the 48 h observed; 1.5 mm gave the highest and longest-lasting rise.',
  },
  {
    id: 'micropore',
    ref: 'micropore-lifetime-pilot',
    short: 'Micropore lifetime pilot (PMC8259462)',
    full: 'Pilot study of micropore lifetime after microneedle treatment under an occlusive patch (PMC8259462).',
    year: null,
    pmc: 'PMC8259462',
    finding: 'Mean micropore closure 58-63 h under a patch.',
  },
  {
    id: 'soltani',
    ref: 'granuloma-vitamin-c-2014',
    short: 'Soltani-Arabshahi et al., JAMA Dermatol 2014',
    full: 'Soltani-Arabshahi R, Wong JW, Duffy KL, Powell DL. Facial allergic granulomatous reaction and systemic hypersensitivity associated with microneedle therapy for skin rejuvenation. JAMA Dermatol. 2014;150(1):68-72.',
    year: 2014,
    finding:
      'Facial granulomas after microneedling; two of three patients had a vitamin C serum needled in and patch-tested positive.',
  },
  {
    id: 'friedmann',
    ref: 'granuloma-review-2024',
    short: 'Friedmann et al., Dermatol Surg 2024',
    full: 'Friedmann DP, Mehta E, Verma KK, Harris R. Granulomatous reactions from microneedling: a systematic review of the literature. Dermatol Surg. 2024.',
    year: 2024,
    finding:
      'Systematic review, 15 patients: motorized pens and topical vitamin C were implicated in most granulomatous reactions.',
  },
  {
    id: 'inference',
    ref: 'inferred-windows',
    short: 'Our inference',
    full: 'Our inference where no published figure exists: the category is treated like the named category of the same tier (stated in the entry).',
    year: null,
    finding: 'Enzymes like chemical exfoliants (no figure was found for them); others as stated per entry.',
  },
];

/** Look up a source by its short citation (exact, or a "Our inference: ..." prefix). */
export function sourceFor(short: string): SourceRef | undefined {
  return SOURCES.find((s) => s.short === short || (s.id === 'inference' && short.startsWith(s.short)));
}
