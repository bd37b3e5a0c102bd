/** Facts of the printed paper itself that hold for every archive of it, in any process. */

/** 人民日报's first issue (1948-06-15): no story of the paper is older. */
export const firstIssueDate = '1948-06-15';
