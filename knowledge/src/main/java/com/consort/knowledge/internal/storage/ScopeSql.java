package com.consort.knowledge.internal.storage;

import com.consort.knowledge.Scope;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/** A {@link Scope} as a PostgreSQL WHERE fragment with array parameters, shared by the pgvector and full-text indexes. */
final class ScopeSql {

    private ScopeSql() {
    }

    /** " AND kind = ANY (?) AND partner_id = ANY (?)" for the restrictions the scope has. */
    static String where(Scope scope, String kindColumn, String partnerColumn) {
        return (scope.kinds() == null ? "" : " AND " + kindColumn + " = ANY (?)")
                + (scope.partnerIds() == null ? "" : " AND " + partnerColumn + " = ANY (?)");
    }

    /** Binds the parameters of {@link #where} from {@code index} on; returns the next free index. */
    static int bind(Scope scope, PreparedStatement ps, int index) throws SQLException {
        if (scope.kinds() != null) {
            ps.setArray(index++, ps.getConnection().createArrayOf("varchar", scope.kinds().toArray()));
        }
        if (scope.partnerIds() != null) {
            ps.setArray(index++, ps.getConnection().createArrayOf("varchar", scope.partnerIds().toArray()));
        }
        return index;
    }
}
