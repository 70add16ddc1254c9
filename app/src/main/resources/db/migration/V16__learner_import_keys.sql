-- A learner added by an import gets the pseudonymous key 'S' + the 8 hex digits of
-- id × 2654435761 mod 2^32 (docs/collection.md). Multiplying by an odd number is a bijection of
-- the integers mod 2^32, so these keys are as unique as the ids — which the primary key ensures —
-- and the id follows from the key by the inverse, 244002641 (2654435761 × 244002641 ≡ 1 mod 2^32).
-- The unique btree on every key cost an import a random insertion per new learner (5 of the 6.5 s
-- that a million new learners took); it now holds the other keys (the demo city's, bulk-loaded) and
-- a check ties each import key to its id. A key is found through learner_id_of_key (LearnerRecords).
create function learner_import_key(id integer) returns text
    language sql immutable strict parallel safe
    return 'S' || upper(lpad(to_hex((id::bigint * 2654435761) % 4294967296), 8, '0'));

-- the id of an import key (null for any other text, or a value no id can take)
create function learner_id_of_key(key text) returns integer
    language sql immutable strict parallel safe
    return case when key ~ '^S[0-9A-F]{8}$' then
               (select case when v between 1 and 2147483647 then v::integer end
                from (select (('x' || substr(key, 2))::bit(32)::bigint::numeric * 244002641 % 4294967296)::bigint as v) x)
           end;

alter table learner drop constraint learner_key_key;
alter table learner add constraint learner_import_key check (key not like 'S%' or key = learner_import_key(id));
create unique index learner_key on learner (key) where key not like 'S%';
