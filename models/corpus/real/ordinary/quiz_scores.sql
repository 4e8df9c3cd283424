-- Report: average quiz score per student for the fall term, with a flag for follow-up
SELECT s.student_id,
       s.last_name || ', ' || s.first_name AS student,
       ROUND(AVG(q.score), 1)              AS avg_score,
       COUNT(q.quiz_id)                     AS quizzes_taken,
       CASE WHEN AVG(q.score) < 65 THEN 'follow up' ELSE '' END AS flag
FROM students s
JOIN quiz_results q ON q.student_id = s.student_id
JOIN quizzes z      ON z.quiz_id = q.quiz_id
WHERE z.term = 'FALL' AND z.course_code = 'MATH7'
GROUP BY s.student_id, s.last_name, s.first_name
ORDER BY avg_score ASC;
