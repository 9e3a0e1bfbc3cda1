"use client";

import { lazy, Suspense, type ComponentProps } from "react";
import type { GeneralForm as GeneralFormFields } from "./general-form";
import type { ImportForm as ImportFormFields } from "./import-form";
import type { AddItem as AddItemForm, EditableItem as EditableItemControls } from "./item-editor";

// The item editors (./item-editor.tsx) are drawn only on a draft the viewer may change; a plan
// being read, approved or published has none, so their code is fetched only where they appear.
const LazyAddItem = lazy(() => import("./item-editor").then((m) => ({ default: m.AddItem })));
const LazyEditableItem = lazy(() => import("./item-editor").then((m) => ({ default: m.EditableItem })));

/** «Legg til …» under a section of a draft (./item-editor.tsx). */
export function AddItem(props: ComponentProps<typeof AddItemForm>) {
  return (
    <Suspense fallback={null}>
      <LazyAddItem {...props} />
    </Suspense>
  );
}

/** An item of a draft with its edit controls (./item-editor.tsx); the read view shows until they arrive. */
export function EditableItem(props: ComponentProps<typeof EditableItemControls>) {
  return (
    <Suspense fallback={props.children}>
      <LazyEditableItem {...props} />
    </Suspense>
  );
}

// The same for the draft's other forms: «Om kontoret» (./general-form.tsx) and the spreadsheet
// import (./import-form.tsx) are drawn only while the plan is a draft the viewer may change.
const LazyGeneralForm = lazy(() => import("./general-form").then((m) => ({ default: m.GeneralForm })));
const LazyImportForm = lazy(() => import("./import-form").then((m) => ({ default: m.ImportForm })));

export function GeneralForm(props: ComponentProps<typeof GeneralFormFields>) {
  return (
    <Suspense fallback={null}>
      <LazyGeneralForm {...props} />
    </Suspense>
  );
}

export function ImportForm(props: ComponentProps<typeof ImportFormFields>) {
  return (
    <Suspense fallback={null}>
      <LazyImportForm {...props} />
    </Suspense>
  );
}
