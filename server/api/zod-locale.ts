import { z } from "zod";
import { no } from "zod/locales";

// Fallback messages in Norwegian for any rule that does not carry its own.
z.config(no());
