/**
 * One view that throws while rendering shows a message in its place instead of blanking the whole page
 * (issue 12: one out-of-range time blanked the options page with "RangeError: Invalid time value"). Preact
 * catches render errors in the nearest component with componentDidCatch; the rest of the page keeps working.
 */
import { Component, type ComponentChildren } from 'preact';
import { t } from './i18n';

export class ErrorBoundary extends Component<{ children: ComponentChildren }, { error: string | null }> {
  override state = { error: null as string | null };

  override componentDidCatch(error: unknown): void {
    console.error('Needle Safe: a view failed', error);
    this.setState({ error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) });
  }

  override render() {
    if (this.state.error === null) return this.props.children;
    return (
      <p role="alert" class="error">
        {t('error_view_failed', this.state.error.slice(0, 200))}
      </p>
    );
  }
}
