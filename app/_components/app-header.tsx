"use client";

import { ActionMenu, InternalHeader, Spacer } from "@navikt/ds-react";
import { LeaveIcon, PersonIcon } from "@navikt/aksel-icons";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { authClient } from "~/app/_lib/auth-client";
import { NotificationBell } from "~/app/_components/notification-bell";

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
  const signOut = async () => {
    await authClient.signOut();
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
          Nettverk
        </InternalHeader.Title>
      )}
      {isAdmin && (
        <InternalHeader.Title as={Link} href="/admin" className="hidden ax-md:flex">
          Administrasjon
        </InternalHeader.Title>
      )}
      {!setupFirst && <NotificationBell />}
      <ActionMenu>
        <ActionMenu.Trigger>
          {/* The e-mail address only from medium screens up, and a long name cut short on a phone: either would make the header wider than the screen. */}
          <InternalHeader.UserButton
            name={name}
            description={email}
            className="min-w-0 max-w-[10rem] ax-md:max-w-none [&>div]:min-w-0 [&_.aksel-body-short]:truncate [&_.aksel-detail]:hidden ax-md:[&_.aksel-detail]:block"
          />
        </ActionMenu.Trigger>
        <ActionMenu.Content>
          {showNetworks && (
            <ActionMenu.Item as={Link} href="/nettverk" className="ax-md:hidden">
              Nettverk
            </ActionMenu.Item>
          )}
          {isAdmin && (
            <ActionMenu.Item as={Link} href="/admin" className="ax-md:hidden">
              Administrasjon
            </ActionMenu.Item>
          )}
          <ActionMenu.Item as={Link} href="/konto" icon={<PersonIcon aria-hidden />}>
            Min konto
          </ActionMenu.Item>
          <ActionMenu.Item icon={<LeaveIcon aria-hidden />} onSelect={() => void signOut()}>
            Logg ut
          </ActionMenu.Item>
        </ActionMenu.Content>
      </ActionMenu>
    </InternalHeader>
  );
}
