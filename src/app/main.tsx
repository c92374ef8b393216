import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import './styles/base.css';
import './styles/header.css';
import './styles/page.css';
import './styles/tables.css';
import './styles/charts.css';
import './styles/forms.css';
import './styles/lifecycle.css';
import './planner.css';
import './explain.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
