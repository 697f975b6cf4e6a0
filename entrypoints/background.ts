export default defineBackground(() => {
  // Filled by later issues: messages + alarms -> src/*.
});
