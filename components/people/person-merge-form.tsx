"use client";

import { useState } from "react";
import type { PersonOption } from "@/lib/events/types";
import type { FormAction } from "@/components/review/action-state";
import { FormMessage } from "@/components/review/form-message";
import { useAnnounce } from "@/components/review/review-announcer";
import { keepEnterInCombobox, useFormAction } from "@/components/review/use-form-action";
import { ParticipantCombobox } from "@/components/timeline/participant-combobox";
import { SubmitButton } from "@/components/ui/submit-button";

/**
 * Merges a duplicate (often a spelling first met in an article) into the person on this page: the duplicate's
 * events and aliases come here and its page forwards here.
 */
export function PersonMergeForm({ action, targetSlug, targetName }: { action: FormAction; targetSlug: string; targetName: string }) {
  const announce = useAnnounce();
  const [chosen, setChosen] = useState<PersonOption[]>([]);
  const { state, onSubmit, isPending } = useFormAction(action, (done) => {
    setChosen([]);
    announce(done);
  });
  return (
    <form onSubmit={onSubmit} className="stack-tight" noValidate>
      <input type="hidden" name="targetSlug" value={targetSlug} />
      {chosen.map((p) => (
        <input key={p.slug} type="hidden" name="sourceSlug" value={p.slug} />
      ))}
      <div onKeyDown={keepEnterInCombobox}>
        <ParticipantCombobox
          label="Duplicate person"
          selected={chosen}
          onAdd={(person) => setChosen([person])}
          onRemove={() => setChosen([])}
        />
      </div>
      <div className="actions">
        <SubmitButton pending={isPending} className="button button-secondary" disabled={chosen.length !== 1}>
          {chosen.length === 1 ? `Merge ${chosen[0].name} into ${targetName}` : `Merge into ${targetName}`}
        </SubmitButton>
      </div>
      <FormMessage state={state} fields={[]} />
    </form>
  );
}
