import { sitesItem } from '@/src/storage';
import { useNow, useStored } from '@/src/ui/hooks';
import { OptionsPage } from '@/src/ui/options/page';
import { useShelf, useStore } from '@/src/ui/store';
import { shops } from '@/src/shops';

export function App() {
  return (
    <OptionsPage
      now={useNow()}
      shops={shops}
      sites={useStored(sitesItem)}
      shelf={useShelf()}
      {...useStore()}
    />
  );
}
