import { describe, expect, it } from 'vitest';

import { eraMeaning, fleetSummary, gpuUsage, lastReport, loadedProcessor, ramUsage, statusMeaning, usageText } from './capacity';
import type { GpuDevice, HostView, LoadedModel } from './types';

const GiB = 1024 ** 3;

const gpu = (figures: Partial<GpuDevice>): GpuDevice => ({ index: 0, ...figures });
const loaded = (size: number, vram: number): LoadedModel => ({ name: 'm', size_bytes: size, size_vram_bytes: vram });
const host = (observedAt: string | undefined, secondsSinceReport: number): HostView => ({
  host_id: 'h',
  status: 'online',
  observed_at: observedAt,
  seconds_since_report: secondsSinceReport,
});

describe('ramUsage', () => {
  it('counts what is not available as used', () => {
    expect(ramUsage({ total_bytes: 8 * GiB, available_bytes: 3 * GiB })).toEqual({ used: 5 * GiB, free: 3 * GiB, total: 8 * GiB });
  });

  it('is null without memory figures', () => {
    expect(ramUsage(undefined)).toBeNull();
  });
});

describe('gpuUsage', () => {
  it('takes used from total minus free when free is reported', () => {
    expect(gpuUsage(gpu({ total_bytes: 24 * GiB, free_bytes: 20 * GiB }))).toEqual({ used: 4 * GiB, free: 20 * GiB, total: 24 * GiB });
  });

  it('takes free from total minus used when only used is reported', () => {
    expect(gpuUsage(gpu({ total_bytes: 8 * GiB, used_bytes: 6 * GiB }))?.free).toBe(2 * GiB);
  });

  it('is null when the total is unknown', () => {
    expect(gpuUsage(gpu({ free_bytes: GiB }))).toBeNull();
  });

  it('is null when neither used nor free is known', () => {
    expect(gpuUsage(gpu({ total_bytes: 8 * GiB }))).toBeNull();
  });

  it('never shows more free than the total', () => {
    expect(gpuUsage(gpu({ total_bytes: 8 * GiB, free_bytes: 9 * GiB }))?.used).toBe(0);
  });
});

describe('usageText', () => {
  it('gives used, total and free', () => {
    expect(usageText({ used: 5 * GiB, free: 3 * GiB, total: 8 * GiB })).toBe('5.0 GiB used of 8.0 GiB, 3.0 GiB free');
  });
});

describe('lastReport', () => {
  it('is measured on the server clock, whatever the browser clock says', () => {
    expect(lastReport(host('2020-01-01T00:00:00Z', 90))).toBe('last report 2 min ago');
  });

  it('says so when the host never reported', () => {
    expect(lastReport(host(undefined, 0))).toBe('never reported');
  });
});

describe('eraMeaning', () => {
  it('names an unknown era as unknown', () => {
    expect(eraMeaning('Z')).toBe('unknown era');
  });
});

describe('loadedProcessor', () => {
  it('is all GPU when the whole size sits in VRAM', () => {
    expect(loadedProcessor(loaded(100, 100))).toBe('100% GPU');
  });

  it('splits CPU and GPU as ollama ps does', () => {
    expect(loadedProcessor(loaded(100, 75))).toBe('25%/75% CPU/GPU');
  });

  it('is all CPU with nothing in VRAM', () => {
    expect(loadedProcessor(loaded(100, 0))).toBe('100% CPU');
  });
});

describe('fleetSummary', () => {
  const status = (s: HostView['status']): HostView => ({ ...host('2020-01-01T00:00:00Z', 1), status: s });

  it('counts the hosts by status', () => {
    expect(fleetSummary([status('online'), status('stale'), status('online')])).toBe('3 hosts: 2 online, 1 stale');
  });

  it('says when no host has reported', () => {
    expect(fleetSummary([])).toBe('No host has reported yet.');
  });
});

describe('statusMeaning', () => {
  it('warns that a stale host figures may be out of date', () => {
    expect(statusMeaning('stale')).toContain('may be out of date');
  });
});
