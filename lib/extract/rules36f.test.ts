/**
 * rules-36f: own news told across sentences. A meeting noun owned by its day ("Friday's audience with Kim") that names
 * only the host is with the guest told meeting on that day a few sentences before.
 * Sentences are written for these tests.
 */
import { describe, expect, it } from "vitest";
import { describeEvents } from "./testing";

describe("a day's audience naming only the host", () => {
  it("is with the guest told arriving at a meeting that day just before", () => {
    const text = "When Sergey Lavrov stepped into a meeting hall in Pyongyang on Tuesday, the mood was warm. He has made the trip often.\n\nTuesday's audience with Kim Jong Un lasted under an hour.";
    expect(describeEvents(text, "2025-05-16", "meeting")).toEqual(["2025-05-13/day Sergey Lavrov+Kim Jong Un Pyongyang"]);
    expect(describeEvents(text, "2025-05-16", "visit")).toEqual(["2025-05-13/day Sergey Lavrov Pyongyang"]);
  });

  it("near miss: an audience not owned by a day takes no guest from before", () => {
    const text = "When Sergey Lavrov stepped into a meeting hall in Pyongyang on Tuesday, the mood was warm. He has made the trip often.\n\nAn audience with Kim Jong Un is still being sought.";
    expect(describeEvents(text, "2025-05-16", "meeting")).toEqual(["2025-05-13/day Sergey Lavrov Pyongyang"]);
  });

  it("near miss: a guest told on another day is not the day's guest", () => {
    const text = "When Sergey Lavrov stepped into a meeting hall in Pyongyang on Monday, the mood was warm. He has made the trip often.\n\nTuesday's audience with Kim Jong Un lasted under an hour.";
    expect(describeEvents(text, "2025-05-16", "meeting")).toEqual(["2025-05-12/day Sergey Lavrov Pyongyang"]);
  });
});

