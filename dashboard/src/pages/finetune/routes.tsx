import type { Route } from '../../app/router';
import './finetune.css';
import { JobListPage } from './JobListPage';
import { JobPage } from './JobPage';
import { statusFilter } from './jobStatus';
import { NewJobPage } from './NewJobPage';

/** Fine-tuning: job list, job page with live progress, create form (issue 14 item 3). */
export const fineTuningRoutes: Route[] = [
  {
    path: '/fine-tuning',
    nav: 'Fine-tuning',
    title: 'Fine-tuning',
    render: (_, query) => <JobListPage status={statusFilter(query.get('status'))} />,
  },
  { path: '/fine-tuning/new', title: 'New fine-tuning job', render: () => <NewJobPage /> },
  {
    path: '/fine-tuning/jobs/:id',
    title: (params) => `Fine-tuning job ${params.id.slice(0, 8)}`,
    render: (params) => <JobPage jobId={params.id} />,
  },
];
