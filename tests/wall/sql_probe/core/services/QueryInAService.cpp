// A probe for wall.sql_in_storage: a service that runs its own statement must fail the check.
const char* const statement = "SELECT id FROM meeting WHERE body_id = ?";
