/**
 * Says in Dutch why something failed and where, for the one line an operator reads on the console: which of the
 * service's folders or files (inbox, output, cache, temporary, database, log folder), and what is wrong there
 * (missing, no permission, disk full, a file in the way, locked by another program, the database unreachable or in
 * use by another process). Never an exception's own text, which may quote file content; never a user's file name.
 */
package nl.mvimonitor.sync.failure;
