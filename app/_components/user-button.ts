/**
 * What the header's name button (./app-header.tsx) and its lazily fetched menu (./user-menu.tsx)
 * share, in a module of its own so the menu's chunk does not import the header.
 */
export interface UserMenuProps {
  name: string;
  email: string;
  isAdmin: boolean;
  showNetworks: boolean;
  onSignOut: () => void;
}

/** The e-mail address only from medium screens up, and a long name cut short on a phone: either would make the header wider than the screen. */
export const userButtonClassName =
  "min-w-0 max-w-[10rem] ax-md:max-w-none [&>div]:min-w-0 [&_.aksel-body-short]:truncate [&_.aksel-detail]:hidden ax-md:[&_.aksel-detail]:block";
