-- A note on how a fact was read when it is not plain (e.g. "unit inferred from the list it stands in (万元)").
ALTER TABLE facts ADD COLUMN note TEXT;
