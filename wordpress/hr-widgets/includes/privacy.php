<?php
/**
 * What the site's privacy policy should say about this plugin, offered in
 * Settings → Privacy → Policy Guide: it collects nothing, and the one thing
 * it keeps (a quiz's progress, when a site turns that on) stays in the
 * visitor's own browser tab.
 *
 * @package hr-widgets
 */

defined( 'ABSPATH' ) || exit;

add_action( 'admin_init', 'hr_widgets_privacy_text' );

function hr_widgets_privacy_text() {
	if ( ! function_exists( 'wp_add_privacy_policy_content' ) ) {
		return;
	}
	$text = array(
		__( 'The quizzes, directories, principles, help lines and quick exit on this site (the hr-widgets plugin) collect nothing about visitors and send nothing anywhere. They run in the visitor\'s browser and load only from this site: no cookies, no analytics, no outside services.', 'hr-widgets' ),
		__( 'A quiz set to keep progress through a reload keeps the visitor\'s answers in their own browser tab until the quiz is finished or the tab is closed. They are never sent to this site. The quick exit clears them.', 'hr-widgets' ),
	);
	wp_add_privacy_policy_content( 'hr-widgets', '<p>' . implode( '</p><p>', array_map( 'esc_html', $text ) ) . '</p>' );
}
