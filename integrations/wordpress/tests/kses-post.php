<?php
/**
 * What an editor's post keeps: standard input through WordPress's own
 * wp_kses_post() (as for an author or editor without unfiltered_html), with no
 * plugin loaded, to standard output.
 *
 *   php integrations/wordpress/tests/kses-post.php < snippet.html
 */

require __DIR__ . '/bootstrap.php';

echo wp_kses_post( stream_get_contents( STDIN ) );
if ( $GLOBALS['plenary_php_errors'] ) {
	fwrite( STDERR, implode( "\n", $GLOBALS['plenary_php_errors'] ) . "\n" );
	exit( 1 );
}
