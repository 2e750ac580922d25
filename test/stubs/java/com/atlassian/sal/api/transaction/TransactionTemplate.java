// Compile-only stub of an Atlassian API type (see /work/shared/reference/atlassian-api.md); never packaged.
package com.atlassian.sal.api.transaction;

public interface TransactionTemplate {

    <T> T execute(TransactionCallback<T> action);
}
