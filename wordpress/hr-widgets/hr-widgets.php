<?php
/**
 * Plugin Name:       hr-widgets
 * Description:       Quizzes, directories, principles, help lines and a quick exit for harm-reduction and treatment sites: content of its own, a block per element and a shortcode. Nothing loads on pages without a widget, and no request leaves your site.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Tested up to:      6.8
 * Requires PHP:      8.2
 * License:           MIT
 * Text Domain:       hr-widgets
 *
 * @package hr-widgets
 */

defined( 'ABSPATH' ) || exit;

define( 'HR_WIDGETS_VERSION', '0.1.0' );
define( 'HR_WIDGETS_DIR', __DIR__ );
define( 'HR_WIDGETS_FILE', __FILE__ );

require_once __DIR__ . '/includes/i18n.php';
require_once __DIR__ . '/includes/elements.php';
require_once __DIR__ . '/includes/schema.php';
require_once __DIR__ . '/includes/content.php';
require_once __DIR__ . '/includes/render.php';
require_once __DIR__ . '/includes/rest.php';
require_once __DIR__ . '/includes/admin.php';
require_once __DIR__ . '/includes/settings.php';
require_once __DIR__ . '/includes/studio.php';
require_once __DIR__ . '/includes/privacy.php';
