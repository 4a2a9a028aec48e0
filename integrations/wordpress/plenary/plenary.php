<?php
/**
 * Plugin Name:       Plenary
 * Description:       Shows an event — a webinar, a symposium, a meeting — from its JSON event descriptor: the time in each visitor's zone, the join link at the right minute, the documents and the contacts. Use the [plenary] shortcode, or Plenary's tags in the HTML of a post.
 * Version:           0.1.0
 * Requires at least: 6.0
 * Requires PHP:      7.4
 * Author:            Plenary contributors
 * License:           MIT
 * License URI:       https://opensource.org/licenses/MIT
 * Text Domain:       plenary
 * Update URI:        false
 *
 * @package Plenary
 */

defined( 'ABSPATH' ) || exit;

// Kept equal to the version of the Plenary release whose script is in assets/ (the tests check it).
define( 'PLENARY_VERSION', '0.1.0' );

/**
 * What the shortcode's `show` may name: one element each.
 *
 * @return string[]
 */
function plenary_elements() {
	return array( 'event', 'card', 'schedule', 'agenda', 'documents', 'contacts', 'join', 'calendar' );
}

/**
 * Adds Plenary's script to the page, at the end of the body.
 *
 * The classic build (every language inside, no `type="module"`) is used so that it
 * works the same from WordPress 6.0 on and survives the plugins that combine or
 * defer scripts; see readme.txt.
 */
function plenary_enqueue() {
	wp_enqueue_script( 'plenary', plugins_url( 'assets/plenary.iife.js', __FILE__ ), array(), PLENARY_VERSION, true );
}

/**
 * Whether some HTML uses Plenary (its tags, or the form that survives sanitizers).
 *
 * @param string $html HTML.
 * @return bool
 */
function plenary_is_used_in( $html ) {
	return is_string( $html ) && ( false !== stripos( $html, 'data-plenary' ) || false !== stripos( $html, '<plenary-' ) );
}

/**
 * Loads the script on the pages whose content uses Plenary, and on no other.
 *
 * @param string $content The post's content.
 * @return string The content, unchanged.
 */
function plenary_enqueue_for_content( $content ) {
	if ( plenary_is_used_in( $content ) ) {
		plenary_enqueue();
	}
	return $content;
}
add_filter( 'the_content', 'plenary_enqueue_for_content', 20 );

/**
 * Escapes the descriptor's address for an attribute: http, https or an address
 * relative to the page; anything else (javascript:, data:, …) gives ''.
 *
 * @param string $src The address as the author wrote it.
 * @return string The address escaped for an HTML attribute, or ''.
 */
function plenary_esc_src( $src ) {
	$src = trim( html_entity_decode( (string) $src, ENT_QUOTES | ENT_HTML5, 'UTF-8' ) );
	if ( '' === $src ) {
		return '';
	}
	$protocols = array( 'http', 'https' );
	// Browsers drop tabs and line breaks inside an address: "java\tscript:" has a scheme.
	$probe = preg_replace( '/[\x00-\x20]+/', '', $src );
	if ( preg_match( '/^[a-z][a-z0-9+.\-]*:/i', $probe ) || in_array( $src[0], array( '/', '#', '?' ), true ) ) {
		return esc_url( $src, $protocols );
	}
	// A path relative to the page ("events/x.json"): esc_url() would take its first
	// segment for a host and prepend "http://", so it is escaped behind a slash.
	return substr( esc_url( '/' . $src, $protocols ), 1 );
}

/**
 * What the page shows before the script runs, and if it never does.
 *
 * @param string|null $content The shortcode's enclosed content.
 * @param string      $src     The escaped address of the descriptor.
 * @return string HTML.
 */
function plenary_fallback( $content, $src ) {
	// wpautop() runs before shortcodes and leaves line breaks and paragraph tags at the
	// edges of enclosed content.
	$content = trim( preg_replace( '#^(\s*(</p>|<br\s*/?>))+|((<p>|<br\s*/?>)\s*)+$#i', '', trim( (string) $content ) ) );
	if ( '' !== $content ) {
		return wp_kses_post( do_shortcode( $content ) );
	}
	if ( '' !== $src ) {
		return '<a href="' . $src . '">' . esc_html__( 'Event details', 'plenary' ) . '</a>';
	}
	return '';
}

/**
 * [plenary show="schedule" src="/events/x.json" lang="fr" zone="Europe/Paris"
 * now="2020-10-13T10:45Z" zones="Asia/Seoul Europe/Rome" heading-level="3"
 * refresh="off" reminder-minutes="30" structured-data="1" no-copy="1"]fallback[/plenary]
 *
 * Prints the `<div data-plenary="…">` form, which editors and sanitizers keep and the
 * script upgrades in place.
 *
 * @param array|string $atts    The shortcode's attributes ('' when it has none).
 * @param string|null  $content The enclosed content.
 * @return string HTML.
 */
function plenary_shortcode( $atts, $content = null ) {
	$atts = is_array( $atts ) ? $atts : array();
	// [plenary structured-data] (no value) arrives as an attribute without a name.
	$bare = array_map( 'strtolower', array_filter( $atts, 'is_int', ARRAY_FILTER_USE_KEY ) );
	$atts = shortcode_atts(
		array(
			'show'             => 'event',
			'src'              => '',
			'lang'             => '',
			'zone'             => '',
			'now'              => '',
			'zones'            => '',
			'heading-level'    => '',
			'refresh'          => '',
			'reminder-minutes' => '',
			'structured-data'  => '',
			'no-copy'          => '',
		),
		$atts,
		'plenary'
	);

	$show = strtolower( trim( (string) $atts['show'] ) );
	if ( ! in_array( $show, plenary_elements(), true ) ) {
		$show = 'event';
	}
	$src  = plenary_esc_src( $atts['src'] );
	$html = '<div data-plenary="' . esc_attr( $show ) . '"';
	if ( '' !== $src ) {
		$html .= ' data-src="' . $src . '"';
	}
	foreach ( array( 'lang', 'zone', 'now', 'zones', 'heading-level', 'refresh', 'reminder-minutes' ) as $name ) {
		$value = trim( (string) $atts[ $name ] );
		if ( '' !== $value ) {
			$html .= ' data-' . $name . '="' . esc_attr( $value ) . '"';
		}
	}
	foreach ( array( 'structured-data', 'no-copy' ) as $name ) {
		if ( in_array( $name, $bare, true ) || filter_var( $atts[ $name ], FILTER_VALIDATE_BOOLEAN ) ) {
			$html .= ' data-' . $name;
		}
	}
	$html .= '>' . plenary_fallback( $content, $src ) . '</div>';

	plenary_enqueue();
	return $html;
}

/**
 * Registers the shortcode.
 */
function plenary_register_shortcode() {
	add_shortcode( 'plenary', 'plenary_shortcode' );
}
add_action( 'init', 'plenary_register_shortcode' );

/**
 * Lets authors without the unfiltered_html capability keep Plenary's tags in a post.
 *
 * Only the attributes the elements read are allowed (no event handlers, no style);
 * `src` is one of the attributes whose protocol kses checks. Core already allows
 * `data-*` on `div` (WordPress 5.0 and later); the names of the sanitizer-proof form
 * are added too, for sites that took the wildcard away.
 *
 * @param array        $tags    Allowed tags and their attributes.
 * @param string|array $context The context kses runs for.
 * @return array
 */
function plenary_allowed_html( $tags, $context ) {
	if ( 'post' !== $context || ! is_array( $tags ) ) {
		return $tags;
	}
	$names      = array( 'src', 'lang', 'dir', 'zone', 'now', 'zones', 'heading-level', 'structured-data', 'no-copy', 'refresh', 'reminder-minutes', 'class', 'id' );
	$attributes = array_fill_keys( $names, true );
	foreach ( plenary_elements() as $element ) {
		$tag          = 'plenary-' . $element;
		$tags[ $tag ] = isset( $tags[ $tag ] ) && is_array( $tags[ $tag ] ) ? array_merge( $tags[ $tag ], $attributes ) : $attributes;
	}
	$div = isset( $tags['div'] ) && is_array( $tags['div'] ) ? $tags['div'] : array();
	foreach ( array( 'plenary', 'src', 'lang', 'dir', 'zone', 'now', 'zones', 'heading-level', 'structured-data', 'no-copy', 'refresh', 'reminder-minutes' ) as $name ) {
		$div[ 'data-' . $name ] = true;
	}
	$tags['div'] = $div;
	return $tags;
}
add_filter( 'wp_kses_allowed_html', 'plenary_allowed_html', 10, 2 );
