from wagtail.permission_policies import ModelPermissionPolicy


class SubmittedOnlyPermissionPolicy(ModelPermissionPolicy):
    """For what visitors send through the site's forms (orders, comments): nobody adds it in the admin."""

    def user_has_permission(self, user, action):
        return action != "add" and super().user_has_permission(user, action)
