import { render } from 'preact';

import { App } from './app/App';
import './style.css';

render(<App />, document.getElementById('app')!);
