import { Component, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  /** Rendered instead of the children once they have thrown. */
  fallback: ReactNode;
  children: ReactNode;
  /** Changing this key (e.g. the route) clears the error. */
  resetKey?: string;
}

interface State {
  failedFor: string | undefined | null;
}

/** Keeps one broken screen from blanking the whole app; the store (and so saved work) is untouched. */
export class ErrorBoundary extends Component<Props, State> {
  state: State = { failedFor: null };

  static getDerivedStateFromError(): Partial<State> {
    return { failedFor: undefined };
  }

  componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error(error, info.componentStack);
    this.setState({ failedFor: this.props.resetKey });
  }

  componentDidUpdate(prev: Props): void {
    if (this.state.failedFor !== null && prev.resetKey !== this.props.resetKey) this.setState({ failedFor: null });
  }

  render(): ReactNode {
    return this.state.failedFor !== null ? this.props.fallback : this.props.children;
  }
}
