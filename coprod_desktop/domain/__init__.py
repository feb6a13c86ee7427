"""The things a co-production programme is made of, and the rules about them. No Qt, SQL or I/O."""
