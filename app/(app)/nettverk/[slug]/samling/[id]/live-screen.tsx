"use client";

import { ExpandIcon, ShrinkIcon } from "@navikt/aksel-icons";
import { BodyShort, Button, Heading, HStack } from "@navikt/ds-react";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { StatusTag } from "~/app/_components/status-tag";
import { CalmAnnouncer } from "./calm-announcer";
import { ExpectationSorter } from "./expectation-sorter";
import { taskStatusTones } from "./task-status";
import { TaskResults } from "./task-results";
import type { LiveTask, Office, WorkshopRef } from "./workshop-types";

/** The current task as the room sees it on the projector: the count, and the results once revealed. */
export function LiveScreen({ task, offices, ...ref }: WorkshopRef & { task: LiveTask | undefined; offices: Office[] }) {
  const t = useTranslations("workshop");
  const screen = useRef<HTMLDivElement>(null);
  const [fullscreen, setFullscreen] = useState(false);
  useEffect(() => {
    const onChange = () => setFullscreen(document.fullscreenElement === screen.current);
    document.addEventListener("fullscreenchange", onChange);
    return () => document.removeEventListener("fullscreenchange", onChange);
  }, []);

  if (!task) return null;
  const toggle = () => (fullscreen ? void document.exitFullscreen() : void screen.current?.requestFullscreen?.());

  return (
    <>
      <section
        ref={screen}
        aria-labelledby="skjerm-heading"
        className={`flex flex-col gap-6 rounded-xl border border-ax-border-neutral bg-ax-bg-default p-6 ${fullscreen ? "overflow-auto p-10 text-xl" : ""}`}
      >
        <HStack gap="space-16" justify="space-between" align="start" wrap>
          <div>
            <BodyShort size="small" className="text-ax-text-neutral-subtle">
              {t("screen.onScreen")}
            </BodyShort>
            <Heading id="skjerm-heading" level="3" size="xlarge">
              {task.title}
            </Heading>
          </div>
          <Button variant="secondary" size="small" icon={fullscreen ? <ShrinkIcon aria-hidden /> : <ExpandIcon aria-hidden />} onClick={toggle}>
            {fullscreen ? t("screen.exitFullscreen") : t("screen.fullscreen")}
          </Button>
        </HStack>
        <HStack gap="space-16" align="center" wrap>
          <StatusTag tone={taskStatusTones[task.status]} size="medium">
            {t(`taskStatus.${task.status}`)}
          </StatusTag>
          <p className="m-0 text-4xl font-bold" data-testid="svar-teller">
            {t("live.answered", { count: task.respondents })}
          </p>
          <CalmAnnouncer text={t("screen.announce", { title: task.title, answered: t("live.answered", { count: task.respondents }) })} />
        </HStack>
        {task.resultsVisible ? (
          <TaskResults task={task} offices={offices} />
        ) : (
          <BodyShort size="large">{t("screen.hidden")}</BodyShort>
        )}
      </section>
      {task.kind === "forventninger" && <ExpectationSorter {...ref} task={task} />}
    </>
  );
}
