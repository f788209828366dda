<?php
/**
 * Deleting the plugin (Plugins → Delete): its settings go, on every site of a
 * network. Widget content stays, to use again after a reinstall, unless the
 * site's administrator chose "Also delete all widget content" in its settings;
 * then it goes too, with its revisions. Deactivating deletes nothing.
 *
 * @package hr-widgets
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

/** One site: its options, and its content when its owner chose so. */
function hr_widgets_uninstall_site() {
	if ( get_option( 'hr_widgets_delete_content' ) ) {
		$ids = get_posts(
			array(
				'post_type'   => 'hr_widget',
				'post_status' => 'any',
				'numberposts' => -1,
				'fields'      => 'ids',
			)
		);
		foreach ( $ids as $id ) {
			// Revisions and metadata go with each post.
			wp_delete_post( $id, true );
		}
	}
	delete_option( 'hr_widgets_quick_exit' );
	delete_option( 'hr_widgets_delete_content' );
}

if ( is_multisite() ) {
	foreach ( get_sites( array( 'fields' => 'ids' ) ) as $site ) {
		switch_to_blog( $site );
		hr_widgets_uninstall_site();
		restore_current_blog();
	}
} else {
	hr_widgets_uninstall_site();
}
