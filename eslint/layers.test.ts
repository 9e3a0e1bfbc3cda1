import { RuleTester } from "eslint";
import tseslint from "typescript-eslint";
import { describe, it } from "vitest";
import { layersPlugin } from "./layers.mjs";

RuleTester.describe = describe;
RuleTester.it = it;

const tester = new RuleTester({
  languageOptions: { parser: tseslint.parser, parserOptions: { ecmaFeatures: { jsx: true } } },
});

const barrelMessage = { messageId: "barrel" };

describe("layers/server-aksel-subpaths (ADR 0015)", () => {
  tester.run("server-aksel-subpaths", layersPlugin.rules["server-aksel-subpaths"], {
    valid: [
      { code: 'import { Heading } from "@navikt/ds-react/Typography";\nexport const A = () => <Heading level="1">A</Heading>;' },
      { code: '"use client";\nimport { Heading } from "@navikt/ds-react";\nexport const A = () => <Heading level="1">A</Heading>;' },
      { code: 'import type { HeadingProps } from "@navikt/ds-react";\nexport type P = HeadingProps;' },
    ],
    invalid: [
      { code: 'import { Heading, VStack } from "@navikt/ds-react";\nexport const A = () => <VStack><Heading level="1">A</Heading></VStack>;', errors: [barrelMessage] },
    ],
  });
});
