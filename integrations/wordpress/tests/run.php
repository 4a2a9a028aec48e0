<?php
/**
 * The Plenary plugin against WordPress's own code, without a database or a web server:
 * the hooks, kses, the formatting and escaping functions, shortcodes, and the script
 * queue, loaded from a WordPress installation (Debian's `wordpress` package by default).
 *
 *   php integrations/wordpress/tests/run.php
 *   WORDPRESS_DIR=/path/to/wordpress php integrations/wordpress/tests/run.php
 *
 * Prints one line per check and "N passed, N failed"; exits 1 when a check failed.
 */

require __DIR__ . '/bootstrap.php';

$plenary_passed = 0;
$plenary_failed = 0;

/**
 * One check: prints it, and the difference when it fails.
 *
 * @param string $name     What a reader should know is true.
 * @param mixed  $actual   What the code gave.
 * @param mixed  $expected What it should give.
 */
function check( $name, $actual, $expected ) {
	global $plenary_passed, $plenary_failed;
	if ( $actual === $expected ) {
		$plenary_passed++;
		echo "ok - $name\n";
		return;
	}
	$plenary_failed++;
	echo "not ok - $name\n    expected: " . var_export( $expected, true ) . "\n    actual:   " . var_export( $actual, true ) . "\n";
}

/**
 * The page's script tags for the queue, as WordPress prints them in the footer.
 */
function printed_scripts() {
	ob_start();
	wp_scripts()->do_items();
	return trim( ob_get_clean() );
}

/**
 * The script tags printed in the page's head.
 */
function printed_head_scripts() {
	ob_start();
	wp_scripts()->do_head_items();
	return trim( ob_get_clean() );
}

/**
 * A fresh queue, as at the start of a page.
 */
function new_page() {
	$GLOBALS['wp_scripts'] = null;
}

$plenary_tags = '<plenary-event src="/e.json" lang="fr"><plenary-card heading-level="3" structured-data></plenary-card>'
	. '<plenary-join reminder-minutes="10" onclick="steal()"></plenary-join><script>steal()</script>'
	. '<plenary-schedule zones="Asia/Seoul UTC" no-copy onmouseover="steal()"></plenary-schedule></plenary-event>';
$plenary_div  = '<div data-plenary="schedule" data-src="/events/x.json" data-lang="fr" data-zone="Asia/Seoul" data-now="2020-10-13T10:45Z" '
	. 'data-zones="Europe/Rome UTC" data-heading-level="3" data-structured-data data-no-copy><a href="/events/x.json">Event details</a></div>';

// WordPress alone, before the plugin is loaded.
check( 'without the plugin, kses strips Plenary tags (and keeps their text)', wp_kses_post( $plenary_tags ), 'steal()' );

// As wp-settings.php does: register the plugin's path, load it, then fire init.
$GLOBALS['wp_plugin_paths'] = array();
wp_register_plugin_realpath( WP_PLUGIN_DIR . '/plenary/plenary.php' );
require WP_PLUGIN_DIR . '/plenary/plenary.php';
do_action( 'init' );

// kses with the plugin.
check(
	'kses keeps <plenary-event> and the elements inside it with their attributes, and drops handlers and <script>',
	wp_kses_post( $plenary_tags ),
	'<plenary-event src="/e.json" lang="fr"><plenary-card heading-level="3" structured-data></plenary-card>'
	. '<plenary-join reminder-minutes="10"></plenary-join>steal()<plenary-schedule zones="Asia/Seoul UTC" no-copy></plenary-schedule></plenary-event>'
);
check(
	'kses keeps every attribute the elements read',
	wp_kses_post( '<plenary-agenda id="programme" class="wide" dir="rtl" lang="ar" zone="Asia/Dubai" now="2020-10-13T10:45Z" refresh="60"></plenary-agenda>' ),
	'<plenary-agenda id="programme" class="wide" dir="rtl" lang="ar" zone="Asia/Dubai" now="2020-10-13T10:45Z" refresh="60"></plenary-agenda>'
);
check(
	'kses drops a javascript: src on a Plenary tag',
	wp_kses_post( '<plenary-card src="javascript:alert(1)"></plenary-card>' ),
	'<plenary-card src="alert(1)"></plenary-card>'
);
check( 'kses keeps no style on a Plenary tag', wp_kses_post( '<plenary-card style="position:fixed" src="/e.json"></plenary-card>' ), '<plenary-card src="/e.json"></plenary-card>' );
check( 'the div form survives kses whole', wp_kses_post( $plenary_div ), $plenary_div );
check( 'the div form keeps its data- names on a site that took data-* away from div', ( function () use ( $plenary_div ) {
	$without_wildcard = function ( $tags ) {
		unset( $tags['div']['data-*'] );
		return $tags;
	};
	add_filter( 'wp_kses_allowed_html', $without_wildcard, 5 );
	$kept = wp_kses_post( $plenary_div . '<div data-tracker="x">y</div>' );
	remove_filter( 'wp_kses_allowed_html', $without_wildcard, 5 );
	return $kept;
} )(), $plenary_div . '<div>y</div>' );
check( 'comments (the "data" context) still get no Plenary tags', wp_kses_data( '<plenary-card src="/e.json">x</plenary-card>' ), 'x' );

// The shortcode.
check(
	'the shortcode prints the div form with every attribute and its content as fallback',
	do_shortcode( '[plenary show="schedule" src="/events/x.json" lang="fr" zone="Europe/Paris" now="2020-10-13T10:45Z" zones="Asia/Seoul Europe/Rome" heading-level="3" refresh="60" structured-data="1"]Webinaire, <em>13 octobre 2020</em>[/plenary]' ),
	'<div data-plenary="schedule" data-src="/events/x.json" data-lang="fr" data-zone="Europe/Paris" data-now="2020-10-13T10:45Z" data-zones="Asia/Seoul Europe/Rome" data-heading-level="3" data-refresh="60" data-structured-data>Webinaire, <em>13 octobre 2020</em></div>'
);
check(
	'without content, the fallback is a link to the descriptor; show defaults to event',
	do_shortcode( '[plenary src="https://un.example/events/x.json?lang=fr&amp;v=2"]' ),
	'<div data-plenary="event" data-src="https://un.example/events/x.json?lang=fr&#038;v=2"><a href="https://un.example/events/x.json?lang=fr&#038;v=2">Event details</a></div>'
);
check( 'an address relative to the page stays relative', do_shortcode( '[plenary show="card" src="events/x.json"]' ), '<div data-plenary="card" data-src="events/x.json"><a href="events/x.json">Event details</a></div>' );
check( 'structured-data without a value turns it on', do_shortcode( '[plenary show="card" structured-data]' ), '<div data-plenary="card" data-structured-data></div>' );
check( 'structured-data="0" leaves it off', do_shortcode( '[plenary show="card" structured-data="0"]' ), '<div data-plenary="card"></div>' );
check( 'show is read whatever its case', do_shortcode( '[plenary show="Join"]' ), '<div data-plenary="join"></div>' );
check(
	'no-copy (with or without a value) and reminder-minutes reach the element',
	do_shortcode( '[plenary show="schedule" no-copy][plenary show="agenda" no-copy="1" reminder-minutes="30"][plenary show="agenda" no-copy="0"]' ),
	'<div data-plenary="schedule" data-no-copy></div><div data-plenary="agenda" data-reminder-minutes="30" data-no-copy></div><div data-plenary="agenda"></div>'
);
// The post's content goes through these filters, as default-filters.php adds them.
add_filter( 'the_content', 'wpautop' );
add_filter( 'the_content', 'shortcode_unautop' );
add_filter( 'the_content', 'do_shortcode', 11 );
check(
	'in a post, a shortcode on its own line is not wrapped in a paragraph',
	apply_filters( 'the_content', '[plenary show="join" src="/e.json"]Join the webinar, 13 October 2020[/plenary]' ),
	"<div data-plenary=\"join\" data-src=\"/e.json\">Join the webinar, 13 October 2020</div>\n"
);
check(
	'in a post, fallback paragraphs stay paragraphs',
	apply_filters( 'the_content', "Before.\n\n[plenary show=\"join\"]\n\nJoin the webinar\n\nAt 10:00\n\n[/plenary]\n\nAfter." ),
	"<p>Before.</p>\n<div data-plenary=\"join\"><p>Join the webinar</p>\n<p>At 10:00</p></div>\n<p>After.</p>\n"
);
check(
	'in a post, the line breaks around fallback on lines of its own are dropped',
	apply_filters( 'the_content', "[plenary show=\"join\"]\nJoin the webinar\n[/plenary]" ),
	"<div data-plenary=\"join\">Join the webinar</div>\n"
);

// Hostile values.
check(
	'a quote in src cannot open a new attribute (typed in the editor)',
	do_shortcode( '[plenary src="x\" onmouseover=alert(1)"]' ),
	// The value ends at the escaped quote, and WordPress unescapes it to "x".
	'<div data-plenary="event" data-src="x"><a href="x">Event details</a></div>'
);
check(
	'a quote in src cannot open a new attribute (passed by code)',
	plenary_shortcode( array( 'src' => 'x" onmouseover=alert(1)' ) ),
	'<div data-plenary="event" data-src="x%20onmouseover=alert(1)"><a href="x%20onmouseover=alert(1)">Event details</a></div>'
);
check( 'show="<script>" falls back to event', do_shortcode( '[plenary show="<script>"]' ), '<div data-plenary="event"></div>' );
check( 'show names only the eight elements', plenary_shortcode( array( 'show' => 'event" onclick="x' ) ), '<div data-plenary="event"></div>' );
check(
	'a quote in lang is escaped',
	plenary_shortcode( array( 'lang' => 'en" onclick=x' ) ),
	'<div data-plenary="event" data-lang="en&quot; onclick=x"></div>'
);
check(
	'every other attribute is escaped too',
	plenary_shortcode( array( 'zone' => '"><script>x</script>', 'now' => "'", 'zones' => '<b>', 'heading-level' => '3" x="' ) ),
	'<div data-plenary="event" data-zone="&quot;&gt;&lt;script&gt;x&lt;/script&gt;" data-now="&#039;" data-zones="&lt;b&gt;" data-heading-level="3&quot; x=&quot;"></div>'
);
foreach ( array( 'javascript:alert(1)', 'JavaScript:alert(1)', " java\tscript:alert(1)", 'javascript&#58;alert(1)', 'javascript&colon;alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:x', 'ftp://un.example/x.json' ) as $plenary_src ) {
	check( 'src ' . json_encode( $plenary_src ) . ' is refused', plenary_shortcode( array( 'src' => $plenary_src ) ), '<div data-plenary="event"></div>' );
}
check(
	'the enclosed fallback goes through kses',
	do_shortcode( '[plenary]<script>alert(1)</script><b onclick="alert(1)">Webinar</b> <a href="javascript:alert(1)">page</a>[/plenary]' ),
	'<div data-plenary="event">alert(1)<b>Webinar</b> <a href="alert(1)">page</a></div>'
);

// The script: on the pages that use Plenary, and only there.
$plenary_script = "<script src='https://ministry.example/wp-content/plugins/plenary/assets/plenary.iife.js?ver=0.1.0' id='plenary-js'></script>";
new_page();
apply_filters( 'the_content', '<p>A page about something else.</p>' );
check( 'a page without Plenary gets no script', printed_scripts(), '' );
new_page();
apply_filters( 'the_content', '<plenary-card src="/e.json"></plenary-card>' );
check( 'a page with a Plenary tag gets the classic script from the plugin folder', printed_scripts(), $plenary_script );
new_page();
apply_filters( 'the_content', '<div data-plenary="join" data-src="/e.json"></div>' );
check( 'a page with the div form gets the script', printed_scripts(), $plenary_script );
new_page();
do_shortcode( '[plenary show="join" src="/e.json"]' );
check( 'the script is not in the head (it comes at the end of the body)', printed_head_scripts(), '' );
check( 'a page where the shortcode ran gets the script, once', printed_scripts(), $plenary_script );
new_page();
do_shortcode( '[plenary show="join"][plenary show="card"]' );
check( 'two shortcodes on a page: still one script', printed_scripts(), $plenary_script );

check( 'no notice, warning or deprecation was raised', $GLOBALS['plenary_php_errors'], array() );

echo "$plenary_passed passed, $plenary_failed failed\n";
exit( $plenary_failed > 0 ? 1 : 0 );
