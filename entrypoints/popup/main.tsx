import { render } from 'preact';
import { catalogueLocale } from '../../src/ui/i18n';
import { App } from './App';
import '../../src/ui/base.css';
import './style.css';

// The page is in the language of the catalogue the browser picked (screen readers pronounce by it).
document.documentElement.lang = catalogueLocale();
render(<App />, document.getElementById('app')!);
