"use client";

import { ActionMenu, InternalHeader } from "@navikt/ds-react";
import { LeaveIcon, PersonIcon } from "@navikt/aksel-icons";
import { useTranslations } from "next-intl";
import Link from "next/link";
import { useState } from "react";
import { userButtonClassName, type UserMenuProps } from "./user-button";

/**
 * The menu under the person's name (./app-header.tsx), fetched on the first press of the button:
 * Aksel's ActionMenu and its floating positioning are about 20 kB gzipped that no page needs
 * before someone opens the menu (issue 18). It mounts open, since that press asked for it.
 */
export default function UserMenu({ name, email, isAdmin, showNetworks, onSignOut }: UserMenuProps) {
  const [open, setOpen] = useState(true);
  const t = useTranslations("shell.header");
  return (
    <ActionMenu open={open} onOpenChange={setOpen}>
      <ActionMenu.Trigger>
        <InternalHeader.UserButton name={name} description={email} className={userButtonClassName} />
      </ActionMenu.Trigger>
      <ActionMenu.Content>
        {showNetworks && (
          <ActionMenu.Item as={Link} href="/nettverk" className="ax-md:hidden">
            {t("networks")}
          </ActionMenu.Item>
        )}
        {isAdmin && (
          <ActionMenu.Item as={Link} href="/admin" className="ax-md:hidden">
            {t("admin")}
          </ActionMenu.Item>
        )}
        <ActionMenu.Item as={Link} href="/konto" icon={<PersonIcon aria-hidden />}>
          {t("myAccount")}
        </ActionMenu.Item>
        <ActionMenu.Item icon={<LeaveIcon aria-hidden />} onSelect={onSignOut}>
          {t("signOut")}
        </ActionMenu.Item>
      </ActionMenu.Content>
    </ActionMenu>
  );
}
