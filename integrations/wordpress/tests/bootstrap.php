<?php
/**
 * WordPress's own code loaded without a database or a web server: the hooks, kses,
 * the formatting and escaping functions, shortcodes, and the script queue, from a
 * WordPress installation (Debian's `wordpress` package by default, or WORDPRESS_DIR).
 * Any notice or warning is recorded in $GLOBALS['plenary_php_errors'].
 */

$wordpress = rtrim( getenv( 'WORDPRESS_DIR' ) ?: '/usr/share/wordpress', '/' );
if ( ! is_file( $wordpress . '/wp-includes/kses.php' ) ) {
	fwrite( STDERR, "WordPress not found in $wordpress (install Debian's wordpress package, or set WORDPRESS_DIR).\n" );
	exit( 2 );
}

// Any notice or warning from WordPress or the plugin is a failure, not noise.
$GLOBALS['plenary_php_errors'] = array();
set_error_handler(
	function ( $level, $message, $file, $line ) {
		$GLOBALS['plenary_php_errors'][] = "$message ($file:$line)";
		return true;
	}
);

define( 'ABSPATH', $wordpress . '/' );
define( 'WPINC', 'wp-includes' );
define( 'WP_DEBUG', true );
// Where WordPress would find the plugin: this folder's parent holds plenary/.
define( 'WP_CONTENT_DIR', dirname( __DIR__ ) );
define( 'WP_PLUGIN_DIR', dirname( __DIR__ ) );
define( 'WPMU_PLUGIN_DIR', dirname( __DIR__ ) . '/mu-plugins' );
define( 'WP_PLUGIN_URL', 'https://ministry.example/wp-content/plugins' );
define( 'WPMU_PLUGIN_URL', 'https://ministry.example/wp-content/mu-plugins' );
$_SERVER['HTTPS'] = 'on'; // The site is served over HTTPS.

require ABSPATH . WPINC . '/version.php';
require ABSPATH . WPINC . '/load.php';
require ABSPATH . WPINC . '/plugin.php';       // Hooks.
require ABSPATH . WPINC . '/cache.php';        // The object cache, in memory.
require ABSPATH . WPINC . '/formatting.php';   // esc_attr(), esc_url(), wpautop().
require ABSPATH . WPINC . '/functions.php';    // wp_allowed_protocols(); it loads option.php.
require ABSPATH . WPINC . '/kses.php';
require ABSPATH . WPINC . '/shortcodes.php';
require ABSPATH . WPINC . '/l10n.php';
require ABSPATH . WPINC . '/pomo/translations.php';
require ABSPATH . WPINC . '/link-template.php'; // plugins_url().
require ABSPATH . WPINC . '/script-loader.php'; // The script queue; it loads its classes.

// Options live in the database, and WordPress reads them through its object cache
// first: the in-memory cache is seeded with the options the code under test reads, as
// if they had just been loaded. Reading any other option fails on the missing $wpdb.
wp_cache_init();
wp_cache_set(
	'alloptions',
	array(
		'blog_charset'    => 'UTF-8',
		'use_balanceTags' => '0',
	),
	'options'
);
// Translations come from files that load_plugin_textdomain() would find through
// the options: the site speaks English, untranslated.
$GLOBALS['l10n'] = array(
	'default' => new NOOP_Translations(),
	'plenary' => new NOOP_Translations(),
);
