import { render } from 'preact';
import { catalogueLocale, t } from '@/src/ui/i18n';
import { App } from './App';
import '../../src/ui/base.css';
import './style.css';

// The text's language and the title come from the catalogue the browser picked (index.html has English).
document.documentElement.lang = catalogueLocale();
document.title = t('options_title');
render(<App />, document.getElementById('app')!);
