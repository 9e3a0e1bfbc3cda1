"use client";

import { InternalHeader, Spacer } from "@navikt/ds-react";
import { useTranslations } from "next-intl";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { lazy, Suspense, useState } from "react";
import { loadAuthClient } from "~/app/_lib/load-auth-client";
import { NotificationBell } from "~/app/_components/notification-bell";
import { userButtonClassName, type UserMenuProps } from "~/app/_components/user-button";

interface Props {
  name: string;
  email: string;
  isAdmin: boolean;
  /** The person facilitates or can reach at least one network. */
  showNetworks: boolean;
  /** AUTH_REQUIRE_2FA holds the person on /konto until two-factor sign-in is on: no way out but signing out. */
  setupFirst?: boolean;
}

export function AppHeader({ name, email, isAdmin, showNetworks, setupFirst = false }: Props) {
  const router = useRouter();
  const t = useTranslations("shell.header");
  const signOut = async () => {
    await (await loadAuthClient()).signOut();
    router.push("/logg-inn");
    router.refresh();
  };
  return (
    <InternalHeader className="no-print">
      <InternalHeader.Title as={Link} href={setupFirst ? "/konto" : "/"}>
        Partnerskapsrommet
      </InternalHeader.Title>
      <Spacer />
      {/* On a phone the links would push the header off the side of the screen: there they are in the menu. */}
      {showNetworks && (
        <InternalHeader.Title as={Link} href="/nettverk" className="hidden ax-md:flex">
          {t("networks")}
        </InternalHeader.Title>
      )}
      {isAdmin && (
        <InternalHeader.Title as={Link} href="/admin" className="hidden ax-md:flex">
          {t("admin")}
        </InternalHeader.Title>
      )}
      {!setupFirst && <NotificationBell />}
      <UserMenuButton name={name} email={email} isAdmin={isAdmin} showNetworks={showNetworks} onSignOut={() => void signOut()} />
    </InternalHeader>
  );
}

const loadUserMenu = () => import("./user-menu");
const UserMenu = lazy(loadUserMenu);

/**
 * The button with the person's name. The menu it opens (./user-menu.tsx) is fetched on the first
 * press, not with every page; pointing at the button or moving focus to it starts the fetch early.
 * Until then it is the same Aksel button, so it looks and reads the same.
 */
function UserMenuButton(props: UserMenuProps) {
  const [wanted, setWanted] = useState(false);
  const button = (
    <InternalHeader.UserButton
      name={props.name}
      description={props.email}
      className={userButtonClassName}
      aria-haspopup="menu"
      aria-expanded={false}
      onPointerEnter={() => void loadUserMenu().catch(() => undefined)}
      onFocus={() => void loadUserMenu().catch(() => undefined)}
      onClick={() => setWanted(true)}
    />
  );
  if (!wanted) return button;
  return (
    <Suspense fallback={button}>
      <UserMenu {...props} />
    </Suspense>
  );
}

