/**
 * Who is acting, for the audit trail. There is no authentication yet, so every change is made by "editor";
 * the roles work replaces this one function (it is async so it can read a session then).
 */
export async function getActor(): Promise<string> {
  return "editor";
}
