import Link from "next/link";

export default function NotFound() {
  return (
    <div className="stack">
      <h1>Not found</h1>
      <p>There is no page or event at this address. It may have been merged into another event or never existed.</p>
      <p>
        <Link href="/">Go to the timeline</Link>
      </p>
    </div>
  );
}
