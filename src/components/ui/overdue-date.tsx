/**
 * A live initiative's target date that has passed: the date and "(overdue)", in red. In a narrow
 * column "(overdue)" wraps under the date, never inside either. No hooks: the board's rows (client)
 * and the dashboard's tables (server) both draw it, with their own formatted date and word.
 */
export function OverdueDate({ date, label }: { date: string; label: string }) {
  return (
    <span className="font-semibold text-red-800">
      <span className="whitespace-nowrap">{date}</span>{" "}
      <span className="whitespace-nowrap text-xs font-medium">({label})</span>
    </span>
  );
}
