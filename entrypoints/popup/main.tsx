import { render } from 'preact';
import { catalogueLocale } from '../../src/ui/i18n';
import { App } from './App';
// style.css @imports base.css, so the popup's CSS is one file of its own that the build inlines into
// popup.html (scripts/lib/inline-page-css.ts); nothing links or re-fetches a shared stylesheet.
import './style.css';

// The page is in the language of the catalogue the browser picked (screen readers pronounce by it).
document.documentElement.lang = catalogueLocale();
render(<App />, document.getElementById('app')!);
