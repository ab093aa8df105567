/**
 * `elieta rulings review`: staff handle the public's reports of missed personal data
 * (publish/rulings/reports.ts). Without an action it lists the open reports (`--all`: every
 * report); `--confirm ID` keeps the ruling out of every new rulings release until the report is
 * fixed; `--dismiss ID`; `--fixed ID` after the anonymiser was improved or the source text
 * corrected (the next release publishes the ruling again if it passes the residual-PII gate).
 * `--note TEXT` goes into the report's history. Reads and writes only files in
 * $ELIETA_HOME/restricted/reports; never opens the warehouse.
 */
import {
  decide,
  listReports,
  ReportError,
  type Report,
  type ReportStatus,
} from '../../../publish/rulings/reports.ts';
import { UserError, type Command } from '../command.ts';

const ACTIONS: [string, ReportStatus][] = [
  ['confirm', 'confirmed'],
  ['dismiss', 'dismissed'],
  ['fixed', 'fixed'],
];

interface ReviewResult {
  action: 'list' | ReportStatus;
  reports: Report[];
}

const command: Command = {
  summary:
    "review the public's reports of personal data missed in published rulings: list, --confirm, --dismiss, --fixed",
  usage: 'review [--all] | review --confirm ID | --dismiss ID | --fixed ID [--note TEXT]',
  options: {
    all: { type: 'boolean', default: false },
    confirm: { type: 'string' },
    dismiss: { type: 'string' },
    fixed: { type: 'string' },
    note: { type: 'string' },
  },
  async run({ config, values, positionals }): Promise<ReviewResult> {
    if (positionals[0] !== 'review' || positionals.length > 1)
      throw new UserError(`usage: elieta rulings ${command.usage}`);
    const chosen = ACTIONS.filter(([opt]) => typeof values[opt] === 'string');
    if (chosen.length > 1) throw new UserError('give one of --confirm, --dismiss, --fixed');
    const note = typeof values.note === 'string' ? values.note : null;
    if (chosen.length === 0) {
      if (note !== null) throw new UserError('--note goes with --confirm, --dismiss or --fixed');
      const all = listReports(config);
      return { action: 'list', reports: values.all ? all : all.filter((r) => r.status === 'open') };
    }
    const [opt, to] = chosen[0]!;
    try {
      return { action: to, reports: [decide(config, values[opt] as string, to, { note })] };
    } catch (err) {
      if (err instanceof ReportError) throw new UserError(err.message);
      throw err;
    }
  },
  describe(result) {
    const r = result as ReviewResult;
    if (r.action !== 'list') {
      const x = r.reports[0]!;
      const effect =
        x.status === 'confirmed'
          ? 'the ruling stays out of new rulings releases until the report is fixed'
          : x.status === 'fixed'
            ? 'the next rulings release publishes the ruling again if it passes the residual-PII gate'
            : 'no effect on publication';
      return `report ${x.id} (${x.ecli}) is now ${x.status}: ${effect}.`;
    }
    if (r.reports.length === 0) return 'No reports to review.';
    return r.reports
      .map(
        (x) =>
          `${x.id}  ${x.status.padEnd(9)}  ${x.receivedAt.slice(0, 16).replace('T', ' ')}  ${x.ecli}  [${x.category}]\n` +
          `    found: ${JSON.stringify(x.found)}\n    where: ${JSON.stringify(x.where)}` +
          (x.contact ? `\n    contact: ${JSON.stringify(x.contact)}` : ''),
      )
      .join('\n');
  },
};

export default command;
