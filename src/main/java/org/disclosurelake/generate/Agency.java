package org.disclosurelake.generate;

/**
 * A reporting body of the generated corpus.
 *
 * @param name the full name as the report's title prints it (沭阳县发展和改革局)
 * @param divisionCode the gazetteer code of its division
 * @param self how the prose refers to it (我县, 我局, 本街道)
 * @param portal the portal that publishes its reports (沭阳县人民政府)
 * @param scale typical new applications a year
 * @param enforcement typical licensing decisions a year
 * @param issuesRules whether it can make 规章
 */
record Agency(String name, String divisionCode, String self, String portal, int scale, int enforcement, boolean issuesRules) {}
