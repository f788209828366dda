<?php
/**
 * The studio in wp-admin, for everyone who may write posts: the same studio as
 * the library's (studio/, built), in a frame of its own page so its styles and
 * wp-admin's keep apart. It opens and saves `hr_widget` posts through the REST
 * API with the person's own rights (their nonce): an Author edits their own
 * content, an Editor everyone's. Imports are read in the browser; nothing is
 * uploaded, and nothing is requested off the site.
 *
 * @package hr-widgets
 */

defined( 'ABSPATH' ) || exit;

const HR_WIDGETS_STUDIO_PAGE = 'hr-widgets-studio';

add_action( 'admin_menu', 'hr_widgets_studio_menu' );
add_action( 'admin_post_hr_widgets_studio', 'hr_widgets_studio_frame' );
add_filter( 'post_row_actions', 'hr_widgets_studio_row_action', 10, 2 );

function hr_widgets_studio_menu() {
	$hook = add_submenu_page(
		'edit.php?post_type=' . HR_WIDGETS_TYPE,
		__( 'Studio', 'hr-widgets' ),
		__( 'Studio', 'hr-widgets' ),
		'edit_posts',
		HR_WIDGETS_STUDIO_PAGE,
		'hr_widgets_studio_page'
	);
	// Refused before anything is printed, with the status a refusal has.
	add_action( 'load-' . $hook, 'hr_widgets_studio_request' );
}

/**
 * What the studio is asked to open (`content`, `element`): content by id (which the person must be able to edit), or a new one of an element.
 *
 * @return array{post: int, element: string}
 */
function hr_widgets_studio_request() {
	// Asked before the page is printed and again to print it: the post (a directory can be large) is read once.
	static $request = null;
	if ( null !== $request ) {
		return $request;
	}
	// phpcs:disable WordPress.Security.NonceVerification.Recommended -- reading which content to show; saving is REST's, with its nonce.
	$post_id = isset( $_GET['content'] ) ? absint( $_GET['content'] ) : 0;
	$element = isset( $_GET['element'] ) ? sanitize_key( wp_unslash( $_GET['element'] ) ) : '';
	// phpcs:enable
	if ( $post_id ) {
		$post = get_post( $post_id );
		if ( ! $post || HR_WIDGETS_TYPE !== $post->post_type || ! current_user_can( 'edit_post', $post_id ) ) {
			// The same words whether it does not exist or is someone else's: a draft's existence is not told.
			wp_die( esc_html__( 'You cannot edit this content: it does not exist, or it is someone else’s and your role does not let you edit it.', 'hr-widgets' ), '', array( 'response' => 403, 'back_link' => true ) );
		}
		if ( 'trash' === $post->post_status ) {
			// As WordPress's own editor: content in the trash is restored first, never saved back out of it.
			wp_die( esc_html__( 'This content is in the trash. Restore it first, then edit it.', 'hr-widgets' ), '', array( 'response' => 403, 'back_link' => true ) );
		}
		$element = (string) ( hr_widgets_content( $post )['element'] ?? '' );
	} elseif ( ! current_user_can( get_post_type_object( HR_WIDGETS_TYPE )->cap->create_posts ) ) {
		wp_die( esc_html__( 'Your role does not let you make widget content.', 'hr-widgets' ), '', array( 'response' => 403 ) );
	}
	$request = array(
		'post'    => $post_id,
		'element' => null === hr_widgets_element( $element ) ? '' : $element,
	);
	return $request;
}

/**
 * Where "Back" goes: the screen the person came from when it is one of this site's admin screens, else the content list.
 *
 * @return string
 */
function hr_widgets_studio_back() {
	$list = admin_url( 'edit.php?post_type=' . HR_WIDGETS_TYPE );
	// phpcs:ignore WordPress.Security.NonceVerification.Recommended -- a place to link to, checked below.
	$back = isset( $_GET['back'] ) ? esc_url_raw( wp_unslash( $_GET['back'] ) ) : '';
	return 0 === strpos( $back, admin_url() ) ? $back : $list;
}

/** The studio's address for content (0: new) of an element, with where to come back to. */
function hr_widgets_studio_url( $post_id, $element = '', $back = '' ) {
	$args = array(
		'post_type' => HR_WIDGETS_TYPE,
		'page'      => HR_WIDGETS_STUDIO_PAGE,
	);
	if ( $post_id ) {
		$args['content'] = (int) $post_id;
	} elseif ( $element ) {
		$args['element'] = $element;
	}
	if ( $back ) {
		$args['back'] = rawurlencode( $back );
	}
	return add_query_arg( $args, admin_url( 'edit.php' ) );
}

/** The page: a choice of what to make, or the studio in its frame. */
function hr_widgets_studio_page() {
	$request = hr_widgets_studio_request();
	echo '<div class="wrap" id="hr-widgets-studio-wrap">';
	if ( ! $request['post'] && '' === $request['element'] ) {
		echo '<h1>' . esc_html__( 'Studio: what will you make?', 'hr-widgets' ) . '</h1>';
		echo '<p>' . esc_html__( 'Choose one. You can import a list or a quiz you already have once the studio is open.', 'hr-widgets' ) . '</p><ul class="hr-widgets-make">';
		foreach ( hr_widgets_elements() as $name => $spec ) {
			$words = hr_widgets_words( $spec );
			echo '<li><a class="button" href="' . esc_url( hr_widgets_studio_url( 0, $name, hr_widgets_studio_back() ) ) . '">' . esc_html( $words['title'] ) . '</a> ' . esc_html( $words['description'] ) . '</li>';
		}
		echo '</ul></div>';
		return;
	}
	$frame = add_query_arg(
		array(
			'action'  => 'hr_widgets_studio',
			'content' => $request['post'],
			'element' => $request['element'],
			'back'    => rawurlencode( hr_widgets_studio_back() ),
		),
		admin_url( 'admin-post.php' )
	);
	echo '<h1 class="screen-reader-text">' . esc_html__( 'Studio', 'hr-widgets' ) . '</h1>';
	// The studio scrolls inside its frame, which fills the screen below the admin bar.
	echo '<style>#hr-widgets-studio{display:block;width:100%;height:calc(100vh - 32px - 3rem);border:1px solid #c3c4c7;background:#fff}</style>';
	echo '<iframe id="hr-widgets-studio" title="' . esc_attr__( 'Studio', 'hr-widgets' ) . '" src="' . esc_url( $frame ) . '"></iframe></div>';
}

/**
 * The frame: the built studio's page, its files from the plugin, told where the content is (REST, the person's nonce).
 * admin-post.php asks for a signed-in person; wp-admin's own header keeps it from being framed by other sites.
 */
function hr_widgets_studio_frame() {
	if ( ! current_user_can( 'edit_posts' ) ) {
		wp_die( esc_html__( 'Your role does not let you make widget content.', 'hr-widgets' ), '', array( 'response' => 403 ) );
	}
	$request = hr_widgets_studio_request();
	$file    = HR_WIDGETS_DIR . '/studio/index.html';
	$page    = is_readable( $file ) ? file_get_contents( $file ) : false;
	if ( ! is_string( $page ) ) {
		wp_die( esc_html__( 'The studio’s files are missing from the plugin: install it again.', 'hr-widgets' ), '', array( 'response' => 500 ) );
	}
	$post   = $request['post'] ? get_post( $request['post'] ) : null;
	$config = array(
		'rest'       => rest_url( 'wp/v2/hr-widgets' ),
		'nonce'      => wp_create_nonce( 'wp_rest' ),
		'post'       => $request['post'],
		'element'    => $request['element'],
		'status'     => $post ? $post->post_status : 'auto-draft',
		'canPublish' => current_user_can( get_post_type_object( HR_WIDGETS_TYPE )->cap->publish_posts ),
		'back'       => hr_widgets_studio_back(),
		// A nonce lasts a day and ends with the login: the studio asks here for a fresh one instead of losing a save.
		'ajax'       => admin_url( 'admin-ajax.php' ),
	);
	$lang   = hr_widgets_spanish() ? 'es' : 'en';
	$page   = str_replace(
		array( '<html lang="en">', './assets/', '</head>' ),
		array(
			'<html lang="' . $lang . '">',
			esc_url( plugins_url( 'studio/assets/', HR_WIDGETS_FILE ) ),
			// JSON as data, never run: every < and & escaped.
			'<script type="application/json" id="hr-widgets-site">' . wp_json_encode( $config, JSON_HEX_TAG | JSON_HEX_AMP | JSON_UNESCAPED_SLASHES ) . '</script></head>',
		),
		$page
	);
	nocache_headers();
	header( 'Content-Type: text/html; charset=utf-8' );
	// phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- the plugin's own built page; what it carries is escaped above.
	echo $page;
	exit;
}

/**
 * "Edit in the studio" on each row of the content list, for those who may edit it.
 *
 * @param array<string, string> $actions The row's links.
 * @param WP_Post               $post    The post.
 * @return array<string, string>
 */
function hr_widgets_studio_row_action( $actions, $post ) {
	if ( HR_WIDGETS_TYPE === $post->post_type && 'trash' !== $post->post_status && current_user_can( 'edit_post', $post->ID ) ) {
		$actions['hr_widgets_studio'] = '<a href="' . esc_url( hr_widgets_studio_url( $post->ID ) ) . '">' . esc_html__( 'Edit in the studio', 'hr-widgets' ) . '</a>';
	}
	return $actions;
}
