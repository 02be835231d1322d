// Compiled as ui/ and app/ are: a query of their own on the connection must not compile.
#include <QSqlQuery>
int wallProbeQuery() {
    return 0;
}
