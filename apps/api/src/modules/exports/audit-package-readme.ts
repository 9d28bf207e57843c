// The README of audit.zip, in Danish and English.
export const AUDIT_PACKAGE_README = `Tværs – revisionsspor / audit trail
=====================================

DANSK

Pakken indeholder hele revisionssporet (audit.csv), de underskrevne kontrolpunkter og to små programmer, der efterprøver det på din
egen maskine uden at stole på Tværs: de beregner hver hændelses SHA-256 igen ud fra felterne i filen
og kontrollerer, at hver hændelse peger på den forrige.

  python3 verify_audit.py audit.csv      (Python 3, kun standardbiblioteket)
  node verify-audit.mjs audit.csv        (Node.js, ingen afhængigheder)

Programmerne læser også audit-checkpoints.csv og audit-keys.json ved siden af audit.csv: Tværs
underskriver med jævne mellemrum kædens hoved (sekvensnummer og hash) med en Ed25519-nøgle, som
databasen aldrig ser, og programmerne kontrollerer hver underskrift, og at kæden går gennem hvert
kontrolpunkt. Er historikken skrevet om, også med alle senere hashes regnet om, eller er de nyeste
hændelser slettet, svarer de BROKEN. Sammenlign nøglen i audit-keys.json med den, Tværs offentliggør
på /.well-known/tvaers-audit-key, og gem audit-checkpoints.csv: næste gang kan du give den gamle fil
med, så også en sletning af kontrolpunkterne i databasen bliver opdaget:

  python3 verify_audit.py audit.csv gamle-audit-checkpoints.csv

Svaret er "OK" med antallet af hændelser, den sidste hash og antallet af kontrollerede kontrolpunkter,
eller "BROKEN" med den første hændelse eller det første kontrolpunkt, der ikke stemmer.
audit-trail.md beskriver den hashede form og underskriften byte for byte, med et eksempel du kan
regne efter i hånden.

ENGLISH

This package holds the whole audit trail (audit.csv), the signed checkpoints and two small programs that verify it on your
own machine without trusting Tværs: they recompute every event's SHA-256 from the fields in the file
and check that each event links to the one before it.

  python3 verify_audit.py audit.csv      (Python 3, standard library only)
  node verify-audit.mjs audit.csv        (Node.js, no dependencies)

They also read audit-checkpoints.csv and audit-keys.json beside audit.csv: at intervals Tværs signs
the chain's head (sequence number and hash) with an Ed25519 key that the database never sees, and
the programs check every signature and that the chain passes through every checkpoint. A history that
was rewritten, even with every later hash recomputed, or whose newest events were deleted, answers
BROKEN. Compare the key in audit-keys.json with the one Tværs publishes at
/.well-known/tvaers-audit-key, and keep audit-checkpoints.csv: next time, pass the old file too, so
that deleting the checkpoints from the database is caught as well:

  python3 verify_audit.py audit.csv old-audit-checkpoints.csv

The answer is "OK" with the number of events, the last hash and the number of checkpoints checked, or
"BROKEN" with the first event or checkpoint that does not verify. audit-trail.md specifies the hashed
form and the signature byte by byte, with an example you can check by hand.
`;
