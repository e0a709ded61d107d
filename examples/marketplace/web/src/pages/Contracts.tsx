import { useEffect, useState } from "preact/hooks";
import { api } from "../api";
import { MessageCenter } from "../components/MessageCenter";
import { date } from "../format";
import { Link } from "../router";
import type { Contract } from "../types";

const state = (c: Contract) => (c.status === "declined" ? "declined" : c.status === "closed" ? "closed" : c.started ? "started" : "offered");

export function ContractList() {
  const [contracts, setContracts] = useState<Contract[] | null>(null);
  useEffect(() => void api<{ contracts: Contract[] }>("GET", "/contracts").then((r) => setContracts(r.contracts)), []);
  return (
    <div class="narrow">
      <h1>Contracts</h1>
      {contracts?.length === 0 && <p>No contracts yet. A client offers one from a conversation.</p>}
      <table>
        <thead>
          <tr>
            <th scope="col">Contract</th>
            <th scope="col">Kind</th>
            <th scope="col">State</th>
            <th scope="col">Offered</th>
          </tr>
        </thead>
        <tbody>
          {contracts?.map((c) => (
            <tr key={c.id}>
              <td>
                <Link href={`/contracts/${c.id}`}>{c.title}</Link>
              </td>
              <td>{c.kind === "test" ? "test project" : "standard"}</td>
              <td>{state(c)}</td>
              <td>{date(c.offeredAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The contract workroom: the contract and its conversation and files, in one place. */
export function Workroom({ contractId }: { contractId: string }) {
  return <MessageCenter key={contractId} contractId={contractId} />;
}
