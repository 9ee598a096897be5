"""The account plan: penetration plan, key figures and contribution margin, annual plan, joint
projects."""
