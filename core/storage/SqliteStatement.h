#pragma once

#include <sqlite3.h>

namespace paragraf {

// One prepared statement of SQLite's own interface, for the search's inner loops (tens of
// thousands of rows), where a QVariant per value would cost more than reading the row. Null
// when SQLite refused the SQL (sqlite3_errmsg says why).
class SqliteStatement {
public:
    SqliteStatement(sqlite3* handle, const char* sql) {
        if (handle && sqlite3_prepare_v2(handle, sql, -1, &m_statement, nullptr) != SQLITE_OK) {
            sqlite3_finalize(m_statement);
            m_statement = nullptr;
        }
    }
    ~SqliteStatement() { sqlite3_finalize(m_statement); }
    SqliteStatement(const SqliteStatement&) = delete;
    SqliteStatement& operator=(const SqliteStatement&) = delete;

    sqlite3_stmt* get() const { return m_statement; }

private:
    sqlite3_stmt* m_statement = nullptr;
};

} // namespace paragraf
