#pragma once

#include "Result.h"
#include "model/Search.h"

#include <QList>

namespace paragraf {

class Database;

// Search across every body and year of a file or a server (docs/search.md): the paragraphs in
// which every word of the query is found, best first, each with the piece of text that matched
// best and its words marked. A query with no word of three letters or more finds nothing.
class SearchService {
public:
    explicit SearchService(const Database& database) : m_database(database) {}

    Result<QList<SearchHit>> search(const SearchRequest& request) const;

private:
    const Database& m_database;
};

} // namespace paragraf
