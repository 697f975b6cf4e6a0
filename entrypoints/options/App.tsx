import { Privacy, Sources } from '@/src/ui/options/about';
import { ExportImport } from '@/src/ui/options/backup';
import { Repairs } from '@/src/ui/options/repairs';
import { ScheduleForm } from '@/src/ui/options/schedule';
import { Sessions } from '@/src/ui/options/sessions';
import { WindowTable } from '@/src/ui/options/windows';
import { useNow } from '@/src/ui/hooks';
import { useStore } from '@/src/ui/store';

export function App() {
  const now = useNow();
  const { settings, sessions, repairs, update } = useStore();
  return (
    <main>
      <h1>Needle Safe</h1>
      <p class="muted">
        Tell us how you roll, and product pages will say what to hold and until when. Consumer guidance, not
        medical advice: when in doubt, ask a dermatologist.
      </p>
      <Repairs notes={repairs} onDismiss={update.dismissRepairs} />
      {settings && sessions ? (
        <>
          <ScheduleForm settings={settings} now={now} update={update} />
          <Sessions settings={settings} sessions={sessions} now={now} update={update} />
          <WindowTable settings={settings} update={update} />
          <ExportImport settings={settings} sessions={sessions} update={update} />
        </>
      ) : (
        <p class="muted">Loading...</p>
      )}
      <Sources />
      <Privacy />
    </main>
  );
}
