import type { Metadata } from "next";
import { listUsers } from "@/lib/auth/accounts";
import { getDb } from "@/lib/db/client";
import { AddUserForm } from "@/components/admin/add-user-form";
import { RoleForm } from "@/components/admin/role-form";
import { toIsoDay } from "@/lib/dates";
import { checkPageAccess } from "../../page-auth";
import { addUserAction, setRoleAction } from "./actions";

export const metadata: Metadata = { title: "Users" };
export const dynamic = "force-dynamic";

export default async function UsersPage() {
  const access = await checkPageAccess("admin", "/admin/users");
  if (access.denied) return access.denied;
  const me = access.viewer?.email;
  const users = await listUsers(getDb());
  return (
    <div className="stack">
      <header className="page-header">
        <h1>Users</h1>
        <p>Viewers read; editors also upload, review and correct people; admins also manage users. API tokens are made with <code>dyad token create</code>.</p>
      </header>
      <section className="panel stack" aria-labelledby="add-user-heading">
        <h2 id="add-user-heading">Add a user</h2>
        <AddUserForm action={addUserAction} />
      </section>
      <section aria-labelledby="users-heading">
        <h2 id="users-heading">All users ({users.length})</h2>
        <div className="table-scroll">
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">Email</th>
                <th scope="col">Name</th>
                <th scope="col">Role</th>
                <th scope="col">API tokens</th>
                <th scope="col">Added</th>
              </tr>
            </thead>
            <tbody>
              {users.map((user) => (
                <tr key={user.id}>
                  <td>{user.email}</td>
                  <td>{user.name}</td>
                  <td>{user.email === me ? <strong>{user.role} (you)</strong> : <RoleForm action={setRoleAction} email={user.email} role={user.role} />}</td>
                  <td>{user.tokens}</td>
                  <td>{toIsoDay(user.createdAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </div>
  );
}
